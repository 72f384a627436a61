// Validators for identifiers that carry a check digit. Each takes the digits
// only (no separators) and never reports the value itself.

/** Luhn (ISO/IEC 7812) check over a digit string. */
export function luhnValid(digits: string): boolean {
  const n = digits.length;
  if (n < 2) return false;
  let sum = 0;
  let double = false;
  for (let i = n - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const TAX_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/**
 * Vietnamese tax code (mã số thuế) check digit: N10 = 10 − (Σ wᵢ·Nᵢ mod 11)
 * (Circular 86/2024). A remainder that would give 10 is never issued, so such
 * a code is invalid rather than wrapping.
 */
export function taxCheckDigit(first9: string): number | null {
  return first9.length === 9 ? checkOf(first9) : null;
}

/** The check digit of the first nine digits of `digits` (read in place: no slice per number). */
function checkOf(digits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    sum += TAX_WEIGHTS[i] * d;
  }
  const check = 10 - (sum % 11);
  return check === 10 ? null : check;
}

/** A 10-digit tax code whose tenth digit matches its check digit. */
export function taxCodeValid(digits: string): boolean {
  if (digits.length !== 10) return false;
  const check = checkOf(digits);
  return check !== null && check === digits.charCodeAt(9) - 48;
}
