/** A text direction as the model keeps it; "auto" and unknown values say nothing. */
export function textDirection(value: string | null | undefined): 'ltr' | 'rtl' | null {
  const direction = (value ?? '').trim().toLowerCase();
  return direction === 'ltr' || direction === 'rtl' ? direction : null;
}
