/** Where this tab keeps its launch's LRS access (sessionStorage): apart, so the first-load gate can look without the parser. */
export const LAUNCH_KEY = 'common-ground.xapi-launch';
