// A rich-text editor: the page mirrors every change of the editable region, as editors keep their own model.
const editor = document.getElementById('editor');
const mirror = document.getElementById('mirror');
let inputs = 0;
editor.addEventListener('input', () => {
  inputs += 1;
  mirror.textContent = `${inputs} frappes, ${editor.innerHTML.length} caractères`;
});
