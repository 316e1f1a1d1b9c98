// The element lives in a Bitrix24 iframe, and it says NO_APP_CONTEXT at once on a
// page that is not framed (window.top === window). So the test files run framed
// too: the runner page only hosts a same-origin iframe, which loads the same URL
// (session id and config included) and runs the test framework there.
export const framedRunnerHtml = (testFramework) => `<!DOCTYPE html>
<html>
  <head><style>html, body { margin: 0; height: 100%; } iframe { border: 0; width: 100%; height: 100%; display: block; }</style></head>
  <body>
    <script type="module">
      if (window.top === window) {
        const frame = document.createElement('iframe');
        frame.title = 'Test page (framed, as in a Bitrix24 call card)';
        frame.src = location.href;
        document.body.append(frame);
      } else {
        document.body.style.height = 'auto';
        import(${JSON.stringify(testFramework)});
      }
    </script>
  </body>
</html>`;

// The test runner's own page, unframed: for tests that read the top page's accessibility tree.
export const topRunnerHtml = (testFramework) =>
  `<!DOCTYPE html><html><head></head><body><script type="module" src="${testFramework}"></script></body></html>`;
