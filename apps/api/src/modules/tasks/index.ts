import { defineModule } from '../../common/feature-module.js';
import { Holiday } from './holiday.entity.js';
import { HolidayResolver } from './holiday.resolver.js';
import { Task } from './task.entity.js';
import { TaskResolver } from './task.resolver.js';
import { taskRulesJob } from './tasks.jobs.js';
import { createTaskLoaders } from './tasks.loaders.js';

export const tasksModule = defineModule({
  name: 'tasks',
  entities: [Holiday, Task],
  resolvers: [HolidayResolver, TaskResolver],
  loaders: createTaskLoaders,
  jobs: [taskRulesJob],
});
