/** "1 photo", "11 photos": how every reader page counts a gallery's photos. */
export function photoCount(count: number): string {
  return count === 1 ? '1 photo' : `${count} photos`;
}
