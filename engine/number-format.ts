// Runtime: any (pure). Numbers as an English agreement prints them: thousands separated by commas
// and at most two decimals ("1,234,567.5"). The same text as Intl.NumberFormat('en-GB',
// { maximumFractionDigits: 2 }) (tested against it), without building that formatter: creating
// it loads ICU's locale data, which took 20-30 ms of every one-shot export.

/** "1e+21" or "1.5e-7" written out in plain digits. */
function plainDigits(s: string): string {
  const [mantissa, exp] = s.split('e') as [string, string];
  const shift = Number(exp);
  const [int, frac = ''] = mantissa.split('.') as [string, string?];
  const digits = int + frac;
  const point = int.length + shift;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Adds one to the last digit of a string of decimal digits. */
function incremented(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '∞' : '-∞';
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  // toString gives the shortest decimal that reads back as n, which is what ICU rounds too
  let text = Math.abs(n).toString();
  if (text.includes('e')) text = plainDigits(text);
  let [int, frac = ''] = text.split('.') as [string, string?];
  if (frac.length > 2) {
    // half away from zero, on the decimal digits
    const up = frac.charCodeAt(2) >= 53;
    frac = frac.slice(0, 2);
    if (up) {
      const sum = incremented(int + frac);
      int = sum.slice(0, sum.length - 2);
      frac = sum.slice(-2);
    }
  }
  frac = frac.replace(/0+$/, '');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}
