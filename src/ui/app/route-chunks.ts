/**
 * The code of each lazily loaded screen, in one place so the router and the
 * start-up prefetch ask for the same chunk (a module loads once, however often
 * it is imported).
 */
export const loadPlayPage = () => import('../play/play-page');
export const loadDebriefPage = () => import('../debrief/debrief-page');
export const loadHistoryPage = () => import('../history/history-page');
export const loadSettingsPage = () => import('../settings/settings-page');
export const loadDashboardPage = () => import('../dashboard/dashboard-page');
export const loadAuthorPage = () => import('../author/author-page');
export const loadPrivacyPage = () => import('../privacy/privacy-page');
export const loadAddPage = () => import('../packs/add-page');
