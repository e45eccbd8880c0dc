export { GET, POST } from '@/lib/auth/config';
