// The cross-origin frame's origin comes from the address (?other=http://localhost:PORT): the test serves the same
// pages from a second origin. The page talks to its frames as sites do, and records the answers.
const other = new URLSearchParams(location.search).get('other');
if (other) document.getElementById('other').src = `${other}/pages/hostile/frame-article.html`;
const answers = [];
addEventListener('message', (event) => {
  answers.push(`${event.origin === location.origin ? 'same' : 'other'}:${event.data}`);
  document.body.dataset.frameAnswers = answers.sort().join(',');
});
