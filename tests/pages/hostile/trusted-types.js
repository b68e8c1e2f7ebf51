// The page's own script, under `require-trusted-types-for 'script'; trusted-types page-policy`: it may write HTML
// only through its policy, and records what it did for the test to compare.
const policy = trustedTypes.createPolicy('page-policy', { createHTML: (s) => s.replace(/</g, '&lt;') });
const status = document.getElementById('status');
status.innerHTML = policy.createHTML('Le script de la page a tourné <b>une fois</b>.');
document.body.dataset.policy = policy.name;
