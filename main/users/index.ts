export { createUsersHandlers } from './usersHandlers';
