import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/permissions';
import { navigationFor } from './navigation';

const labelsFor = (role: Role) => navigationFor({ id: 1, role }).map((item) => item.label);

describe('navigationFor', () => {
  it('shows each role exactly the areas the roles table lets it use', () => {
    expect(labelsFor('CONTRIBUTOR')).toEqual(['Stories', 'Review queue', 'Media']);
    expect(labelsFor('AUTHOR')).toEqual(['Stories', 'Review queue', 'Media', 'Galleries']);
    expect(labelsFor('EDITOR')).toEqual(['Stories', 'Review queue', 'Media', 'Galleries', 'Sections', 'Tags', 'Users']);
    expect(labelsFor('ADMIN')).toEqual([
      'Stories',
      'Review queue',
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
