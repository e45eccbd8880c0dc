/**
 * The look of admin buttons, shared by <SubmitButton> and by links or plain buttons that should
 * look like one (`<Link className={buttonClass('secondary')}>`). Usable on server and client.
 */
export type ButtonVariant = 'primary' | 'secondary' | 'danger';

export function buttonClass(variant: ButtonVariant = 'primary'): string {
  const base =
    'inline-flex items-center justify-center rounded-sm px-4 py-2 text-sm font-semibold outline-none focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-2 disabled:cursor-progress disabled:opacity-70';
  switch (variant) {
    case 'primary':
      return `${base} bg-neutral-900 text-white hover:bg-neutral-700`;
    case 'secondary':
      return `${base} border border-neutral-400 bg-white text-neutral-900 hover:bg-neutral-100`;
    case 'danger':
      return `${base} bg-red-800 text-white hover:bg-red-700`;
  }
}
