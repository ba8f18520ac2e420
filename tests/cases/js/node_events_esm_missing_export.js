import { foo } from 'node:events';
