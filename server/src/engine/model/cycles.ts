/**
 * UPR cycles by Working Group session (see docs: cycle 1 = sessions 1–12,
 * 2 = 13–26, 3 = 27–40, 4 = 41–54).
 */
const CYCLE_FIRST_SESSIONS = [1, 13, 27, 41, 55];

export function cycleOfSession(session: number): number | undefined {
  if (!Number.isInteger(session) || session < 1) return undefined;
  for (let i = CYCLE_FIRST_SESSIONS.length - 1; i >= 0; i--) {
    if (session >= CYCLE_FIRST_SESSIONS[i]!) return i + 1;
  }
  return undefined;
}

/**
 * Year in which each Working Group session was held (index = session). The calendar
 * is irregular (two sessions in 2012, a gap in 2020), so it is a table, not a formula.
 * Used where a report gives the session but no date.
 */
const SESSION_YEARS: Record<number, number> = {
  1: 2008, 2: 2008, 3: 2008, 4: 2009, 5: 2009, 6: 2009, 7: 2010, 8: 2010, 9: 2010,
  10: 2011, 11: 2011, 12: 2011, 13: 2012, 14: 2012, 15: 2013, 16: 2013, 17: 2013,
  18: 2014, 19: 2014, 20: 2014, 21: 2015, 22: 2015, 23: 2015, 24: 2016, 25: 2016,
  26: 2016, 27: 2017, 28: 2017, 29: 2018, 30: 2018, 31: 2018, 32: 2019, 33: 2019,
  34: 2019, 35: 2020, 36: 2020, 37: 2021, 38: 2021, 39: 2021, 40: 2022, 41: 2022,
  42: 2023, 43: 2023, 44: 2023, 45: 2024, 46: 2024, 47: 2024, 48: 2025, 49: 2025,
  50: 2025,
};

export function yearOfSession(session: number): number | undefined {
  return SESSION_YEARS[session];
}
