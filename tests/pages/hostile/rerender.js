// A client-rendered page (React-like): the article is rebuilt from its data every second, its nodes replaced each
// time, and the figure of the second paragraph alternates between two values. With ?same, every render has the same
// text (and no render counter): only the nodes change.
const root = document.getElementById('root');
const same = location.search.includes('same');
let renders = 0;
function render() {
  const figure = same || renders % 2 === 0 ? '3 000' : '3 500';
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = 'Des soldats nord-coréens en Russie';
  const p1 = document.createElement('p');
  p1.textContent = 'Selon les services de renseignement sud-coréens (NIS), près de 11 000 soldats nord-coréens se trouvent désormais en Russie.';
  const p2 = document.createElement('p');
  p2.append('Le GUR affirme que ', Object.assign(document.createElement('strong'), { textContent: figure }), ' soldats nord-coréens sont arrivés à Koursk.');
  const counter = document.createElement('p');
  counter.textContent = `Rendu n° ${renders + 1}`;
  article.append(h1, p1, p2);
  if (!same) article.append(counter);
  root.replaceChildren(article);
  renders += 1;
  document.body.dataset.renders = String(renders);
}
render();
setInterval(render, 1000);
