import { TextField } from '@/components/admin/forms/TextField';

/** A new password and its repetition: the same two fields wherever someone chooses a password. */
export function NewPasswordFields({
  minLength,
  errors,
  autoFocus = false,
}: {
  minLength: number;
  errors: { password?: string; confirmation?: string };
  autoFocus?: boolean;
}) {
  return (
    <>
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        hint={`At least ${minLength} characters. A few words you can remember work well.`}
        error={errors.password}
        autoFocus={autoFocus}
      />
      <TextField name="confirmation" label="New password again" type="password" autoComplete="new-password" required error={errors.confirmation} />
    </>
  );
}
