import { describe, expect, it } from 'vitest';
import { isPublicAdminPath, safeNextPath, signInPath } from './admin-paths';

describe('safeNextPath', () => {
  it('keeps paths inside the newsroom, with their query', () => {
    expect(safeNextPath('/admin/stories/12')).toBe('/admin/stories/12');
    expect(safeNextPath('/admin/stories?status=DRAFT')).toBe('/admin/stories?status=DRAFT');
    expect(safeNextPath('/admin')).toBe('/admin');
  });

  it('refuses anything that could leave the newsroom, loop back to sign-in or land on the refusal page', () => {
    for (const next of [
      'https://evil.example/admin',
      '//evil.example/admin',
      '/\\evil.example',
      '/admin\\..\\x',
      '/administrator',
      '/admin/../nation/story',
      '/nation/story',
      '/admin/sign-in',
      '/admin/not-permitted',
      '/admin/sign-in?next=/admin',
      '/admin/reset-password/abc',
      '',
      undefined,
      42,
    ]) {
      expect(safeNextPath(next), String(next)).toBe('/admin');
    }
  });
});

describe('signInPath', () => {
  it('carries a safe destination and drops the default', () => {
    expect(signInPath('/admin/users?role=EDITOR')).toBe('/admin/sign-in?next=%2Fadmin%2Fusers%3Frole%3DEDITOR');
    expect(signInPath('/admin')).toBe('/admin/sign-in');
    expect(signInPath('https://evil.example')).toBe('/admin/sign-in');
  });
});

describe('isPublicAdminPath', () => {
  it('knows the pages a visitor without a session may open', () => {
    expect(isPublicAdminPath('/admin/sign-in')).toBe(true);
    expect(isPublicAdminPath('/admin/invitation/tok')).toBe(true);
    expect(isPublicAdminPath('/admin/reset-password/tok')).toBe(true);
    expect(isPublicAdminPath('/admin/sign-in-elsewhere')).toBe(false);
    expect(isPublicAdminPath('/admin/users')).toBe(false);
  });
});
