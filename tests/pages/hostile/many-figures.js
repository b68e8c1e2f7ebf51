// 10,000 figures on one page: a long table of reports, each line one figure.
const list = document.getElementById('list');
const items = [];
for (let i = 0; i < 10_000; i++) {
  const li = document.createElement('li');
  li.textContent = `Rapport ${i + 1} : ${1 + (i % 12)} ${String(100 * (i % 10)).padStart(3, '0')} soldats nord-coréens déployés en Russie.`;
  items.push(li);
}
list.append(...items);
document.body.dataset.items = String(list.children.length);
