import { z } from 'zod';
import { INT4_MAX } from '../db/row-id';
import { trimInvisible, withoutControlCharacters } from '../db/text';
import { ROLES } from '../auth/permissions';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from '../auth/password';
import { BIO_MAX, NAME_MAX } from './limits';

/**
 * What the Users pages, Your profile, the accept/reset pages and `npm run user` may send, checked
 * the same way everywhere. Messages are written for the person filling in the form.
 */

// Control characters go, as server actions drop them (lib/db/text.ts), here for the command line too.
export const emailField = z
  .string({ error: 'Enter an email address.' })
  .overwrite(withoutControlCharacters)
  .trim()
  .toLowerCase()
  .max(320, { error: 'That email address is too long.' })
  .pipe(z.email({ error: 'Enter an email address like name@example.com.' }));

export const nameField = z
  .string({ error: 'Enter a name.' })
  // A name of zero-width spaces alone shows as none.
  .overwrite((name) => trimInvisible(withoutControlCharacters(name)))
  .min(1, { error: 'Enter a name.' })
  .max(NAME_MAX, { error: `Names can be at most ${NAME_MAX} characters.` });

export const roleField = z.enum(ROLES, { error: 'Choose a role.' });

export const userIdField = z.coerce.number({ error: 'No such person.' }).int().positive().max(INT4_MAX);

/** A new password: the rules of lib/auth/password.ts. */
export const passwordField = z
  .string({ error: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  // As server actions and sign-in take it (lib/db/text.ts), here for the command line too.
  .overwrite(withoutControlCharacters)
  .superRefine((password, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const inviteInput = z.object({ email: emailField, name: nameField, role: roleField });
export type InviteInput = z.infer<typeof inviteInput>;

export const createUserInput = inviteInput.extend({ password: passwordField });
export type CreateUserInput = z.infer<typeof createUserInput>;

export const userRef = z.object({ userId: userIdField });
export type UserRef = z.infer<typeof userRef>;

export const changeRoleInput = z.object({
  userId: userIdField,
  role: roleField,
  /** The role the form showed: a change made meanwhile by someone else is not overwritten. */
  expectedRole: roleField.optional(),
});
export type ChangeRoleInput = z.infer<typeof changeRoleInput>;

/** Choosing a password through an invitation or reset link. */
export const chooseAccessPasswordInput = z
  .object({
    token: z.string().max(200),
    password: passwordField,
    confirmation: z.string(),
  })
  .refine((input) => input.password === input.confirmation, { path: ['confirmation'], error: 'The two passwords are not the same.' });
export type ChooseAccessPasswordInput = z.infer<typeof chooseAccessPasswordInput>;

export const bioField = z
  .string({ error: 'Write a bio, or leave it empty.' })
  // One paragraph on the author page: line breaks and runs of spaces would not show anyway.
  .transform((bio) => bio.replace(/\s+/g, ' ').trim())
  .pipe(z.string().max(BIO_MAX, { error: `Bios can be at most ${BIO_MAX} characters.` }));

/** A library image's id, or none: the form sends '' when the photo was removed. */
export const photoField = z
  .union([z.literal(''), z.null(), z.coerce.number().int().positive().max(INT4_MAX)], { error: 'Choose a photo from the media library.' })
  .transform((value) => (value === '' ? null : value));

/** Name, bio and photo as readers see them on the author page and in bylines. The slug is not here: author addresses are permanent. */
export const profileInput = z.object({ userId: userIdField, name: nameField, bio: bioField, avatarId: photoField });
export type ProfileInput = z.input<typeof profileInput>;

/** Changing one's own password, signed in: the current one proves it is really them. */
export const changePasswordInput = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password.' }).min(1, { error: 'Enter your current password.' }).max(MAX_PASSWORD_LENGTH),
    password: passwordField,
    confirmation: z.string(),
  })
  .refine((input) => input.password === input.confirmation, { path: ['confirmation'], error: 'The two passwords are not the same.' })
  .refine((input) => input.password !== input.currentPassword, { path: ['password'], error: 'Choose a password different from your current one.' });
export type ChangePasswordInput = z.input<typeof changePasswordInput>;
