/**
 * Keyboard use of a list of rows (results, coverage items): one Tab stop for the whole
 * list (the active row), ↑/↓ Home/End move between rows, Enter runs the row's default
 * action, and Tab from a row reaches that row's buttons only, so the list never costs
 * the keyboard user fifty Tab presses.
 */
export class RovingList {
  private active: HTMLElement | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly rowSelector: string,
    private readonly onEnter: (row: HTMLElement) => void,
  ) {
    container.addEventListener('keydown', (e) => this.onKey(e));
    container.addEventListener('focusin', (e) => {
      const row = (e.target as HTMLElement).closest<HTMLElement>(this.rowSelector);
      if (row && row !== this.active) this.activate(row, false);
    });
  }

  private rows(): HTMLElement[] {
    return [...this.container.querySelectorAll<HTMLElement>(this.rowSelector)].filter((r) => r.offsetParent !== null || r === this.active);
  }

  /** Call after rows were added or removed. */
  refresh(): void {
    const rows = this.rows();
    if (!this.active || !rows.includes(this.active)) this.active = rows[0];
    for (const r of this.container.querySelectorAll<HTMLElement>(this.rowSelector)) this.setTabbable(r, r === this.active);
  }

  focusFirst(): void {
    const first = this.rows()[0];
    if (first) this.activate(first, true);
  }

  private activate(row: HTMLElement, focus: boolean): void {
    if (this.active && this.active !== row) this.setTabbable(this.active, false);
    this.active = row;
    this.setTabbable(row, true);
    if (focus) {
      row.focus();
      row.scrollIntoView({ block: 'nearest' });
    }
  }

  private setTabbable(row: HTMLElement, on: boolean): void {
    row.tabIndex = on ? 0 : -1;
    for (const b of row.querySelectorAll<HTMLElement>('button, a')) b.tabIndex = on ? 0 : -1;
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLElement>(this.rowSelector);
    if (!row) return;
    const rows = this.rows();
    const i = rows.indexOf(row);
    let next: HTMLElement | undefined;
    switch (e.key) {
      case 'ArrowDown':
        next = rows[Math.min(i + 1, rows.length - 1)];
        break;
      case 'ArrowUp':
        next = rows[Math.max(i - 1, 0)];
        break;
      case 'Home':
        next = rows[0];
        break;
      case 'End':
        next = rows[rows.length - 1];
        break;
      case 'Enter':
        // Enter on a button is that button's; on the row itself it is the row's action.
        if (target === row) {
          e.preventDefault();
          this.onEnter(row);
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    if (next) this.activate(next, true);
  }
}
