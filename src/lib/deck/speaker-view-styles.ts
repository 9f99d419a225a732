// Used in the browser by the speaker view (src/client/deck/speaker-view.ts), which writes this
// style sheet into its window, and at build time by the hosting policy (deploy/node.ts), which
// allows exactly this text by hash: the window inherits the deck page's policy. No imports, so
// Node runs it as it is.
//
// The slides' column gives the current slide three parts of its height and the next slide two;
// each miniature is as large as its part allows (width and height), so at any window size both
// are shown whole.

export const speakerViewStyles = `
  body { margin: 0; font-family: var(--font); background: #1d2a3a; color: #fff; }
  .sv { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); grid-template-rows: auto minmax(0, 1fr);
        gap: 12px 16px; height: 100vh; box-sizing: border-box; padding: 12px 16px; }
  .sv__bar { grid-column: 1 / -1; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; font-size: 18px; }
  .sv__bar strong { font-size: 26px; font-variant-numeric: tabular-nums; }
  .sv__countdown[data-state="over"] strong { color: #ffb3d1; }
  .sv__pace { padding: 2px 10px; border-radius: 4px; background: #00636b; font-weight: 700; }
  .sv__pace[data-state="achter"] { background: #a3195b; }
  .sv__pace[data-state="wacht"] { background: #4a5563; font-weight: 400; }
  .sv__bar button { font: inherit; font-size: 16px; min-height: 32px; background: #fff; color: #1d2a3a; border: 0; border-radius: 4px; padding: 4px 10px; cursor: pointer; }
  .sv__bar button:focus-visible { outline: 3px solid #8ec5ff; outline-offset: 2px; }
  .sv__sizes { display: inline-flex; gap: 4px; margin-left: auto; }
  .sv__sizes button { font-weight: 700; min-width: 44px; }
  html:not([data-sheets-loaded]) .sv__slides { visibility: hidden; }
  .sv__slides { display: grid; grid-template-rows: auto minmax(0, 3fr) auto minmax(0, 2fr); min-height: 0; }
  .sv__label { margin: 6px 0 4px; font-size: 16px; color: #d5d9e0; }
  .sv__frame { container-type: size; min-height: 0; }
  .sv__frame .miniature { width: min(100cqw, 100cqh * 16 / 9); }
  .sv__notes { overflow: auto; background: #fff; color: #1d2a3a; border-radius: 6px; padding: 12px 18px; font-size: 22px; line-height: 1.4; }
  .sv__notes h2 { font-size: 16px; margin: 0 0 8px; color: #4a5563; text-transform: uppercase; letter-spacing: 0.05em; }
  .sv__notes-part > h3 { font-size: 0.75em; margin: 0 0 0.3em; color: #00636b; text-transform: uppercase; letter-spacing: 0.05em; }
  .sv__notes p { margin: 0 0 0.6em; }
  .sv__background { margin-top: 0.8em; padding-top: 0.6em; border-top: 2px solid #d5d9e0; font-size: 0.82em; color: #4a5563; }
  .sv__background > h3 { color: #4a5563; }
  .sv__notes .notes__sources { font-size: 0.85em; color: #4a5563; }
  .miniature { border-radius: 4px; overflow: hidden; box-shadow: 0 0 0 1px #8a94a3; }
`;
