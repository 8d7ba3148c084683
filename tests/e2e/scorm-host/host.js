/*
 * A minimal LMS for the SCORM end-to-end tests. scorm-again provides the
 * runtime API (window.API for SCORM 1.2, window.API_1484_11 for 2004) that the
 * package in the iframe finds by the standard parent-frame search. The test
 * drives it through window.lms: launch a SCO with stored cmi data, read what
 * the SCO recorded, and keep what it held when it finished.
 */
window.lms = {
  api: null,
  version: null,
  /** The cmi data as the SCO left it at LMSFinish / Terminate. */
  finished: null,
  calls: [],

  launch(version, href, cmi) {
    delete window.API;
    delete window.API_1484_11;
    const Api = version === '1.2' ? window.Scorm12API : window.Scorm2004API;
    const api = new Api({ logLevel: 5, autocommit: false });
    if (cmi) api.loadFromJSON(cmi);
    const finish = version === '1.2' ? 'LMSFinish' : 'Terminate';
    api.on(finish, () => {
      window.lms.finished = api.renderCommitCMI(true);
    });
    for (const name of version === '1.2' ? ['LMSInitialize', 'LMSCommit', 'LMSFinish'] : ['Initialize', 'Commit', 'Terminate']) {
      api.on(name, () => window.lms.calls.push(name));
    }
    if (version === '1.2') window.API = api;
    else window.API_1484_11 = api;
    window.lms.api = api;
    window.lms.version = version;
    window.lms.finished = null;
    window.lms.calls = [];
    document.getElementById('sco').src = href;
  },

  /** What the LMS holds now (as it would commit it). */
  data() {
    return window.lms.api.renderCommitCMI(true);
  },

  /** Unloads the SCO, as an LMS does when the learner leaves the course page. */
  leave() {
    document.getElementById('sco').src = 'about:blank';
  },
};
