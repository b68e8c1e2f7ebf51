// Very long lines: a 400 KB paragraph with figures spread through it, a 200 KB preformatted line, and a 100 KB
// "word" without any space (minified data pasted into a page).
const filler = 'Le front reste calme selon les observateurs de la région, ';
let text = '';
for (let i = 0; i < 7000; i++) text += i % 700 === 350 ? `le NIS estime que ${1 + (i % 9)} 000 soldats nord-coréens sont à Koursk, ` : filler;
document.getElementById('long').textContent = text;
document.getElementById('log').textContent = 'x=1;'.repeat(50_000);
document.getElementById('word').textContent = '3000'.repeat(25_000);
document.body.dataset.longLength = String(text.length);
