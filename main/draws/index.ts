export { createDrawsHandlers } from './drawsHandlers';
export { drawMinutesSource } from './drawMinutes';
