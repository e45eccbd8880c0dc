import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/permissions';
import { isCurrentArea, navigationFor } from './navigation';

const labelsFor = (role: Role) => navigationFor({ id: 1, role }).map((item) => item.label);

describe('navigationFor', () => {
  it('shows each role exactly the areas the roles table lets it use', () => {
    expect(labelsFor('CONTRIBUTOR')).toEqual(['Stories', 'Review queue', 'Media']);
    expect(labelsFor('AUTHOR')).toEqual(['Stories', 'Review queue', 'Media', 'Galleries']);
    expect(labelsFor('EDITOR')).toEqual(['Stories', 'Review queue', 'Front page', 'Media', 'Galleries', 'Sections', 'Tags', 'Users']);
    expect(labelsFor('ADMIN')).toEqual([
      'Stories',
      'Review queue',
      'Front page',
      'Media',
      'Galleries',
      'Sections',
      'Tags',
      'Users',
      'Settings',
      'Audit log',
    ]);
  });
});

describe('isCurrentArea', () => {
  it('marks an area on its own page and every page under it', () => {
    expect(isCurrentArea('/admin/stories', '/admin/stories')).toBe(true);
    expect(isCurrentArea('/admin/stories/12/revisions', '/admin/stories')).toBe(true);
    expect(isCurrentArea('/admin/storiesx', '/admin/stories')).toBe(false);
  });

  it('marks the dashboard on its own page only, not on every newsroom page', () => {
    expect(isCurrentArea('/admin', '/admin')).toBe(true);
    expect(isCurrentArea('/admin/stories/new', '/admin')).toBe(false);
  });
});
