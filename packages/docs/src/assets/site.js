// Keeps --site-header-height (Redoc's navbar offset, see site.css) equal to the header's real
// height, which changes when the banner wraps; and carries the open section (#/tag/operation)
// over when switching between API versions.
(function () {
  var header = document.querySelector('.site-header');
  if (!header) return;
  var root = document.documentElement;
  function syncOffset() {
    root.style.setProperty('--site-header-height', header.getBoundingClientRect().height + 'px');
  }
  syncOffset();
  if (typeof ResizeObserver === 'function') new ResizeObserver(syncOffset).observe(header);
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[data-version]') : null;
    if (!link || !document.body.classList.contains('site-reference')) return;
    if (location.hash.indexOf('#/') === 0) link.setAttribute('href', link.getAttribute('href').split('#')[0] + location.hash);
  });
})();
