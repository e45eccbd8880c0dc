import { z } from 'zod';
import { ROLES } from '../auth/permissions';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../auth/password';

/**
 * What the Users pages, the accept/reset pages and `npm run user` may send, checked the same way
 * everywhere. Messages are written for the person filling in the form.
 */

export const emailField = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .max(320, { error: 'That email address is too long.' })
  .pipe(z.email({ error: 'Enter an email address like name@example.com.' }));

export const nameField = z
  .string({ error: 'Enter a name.' })
  .trim()
  .min(1, { error: 'Enter a name.' })
  .max(120, { error: 'Names can be at most 120 characters.' });

export const roleField = z.enum(ROLES, { error: 'Choose a role.' });

export const userIdField = z.coerce.number({ error: 'No such person.' }).int().positive();

/** A new password: the rules of lib/auth/password.ts. */
export const passwordField = z
  .string({ error: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
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
