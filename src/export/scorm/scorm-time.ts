const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (hours capped at 9999). */
export function timespan12(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `${pad(hours, 4)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 1.2 CMITime: a time of day, HH:MM:SS (local time). */
export function timeOfDay12(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), to hundredths of a second. */
export function duration2004(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours}H${minutes}M${seconds}S`;
}

/**
 * SCORM 2004 time (second,10,0), UTC: YYYY-MM-DDThh:mm:ss.ssZ. The format only
 * allows a time zone after fractional seconds, so "…:27Z" is rejected.
 */
export function timestamp2004(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 22)}Z`;
}
