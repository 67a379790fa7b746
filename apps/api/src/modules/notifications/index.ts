import { defineModule } from '../../common/feature-module.js';
import { Notification } from './notification.entity.js';
import { notificationDeliveryJob, notificationRulesJob } from './notification.jobs.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationChannelSetting } from './notification-channel-setting.entity.js';
import { NotificationDelivery } from './notification-delivery.entity.js';
import { NotificationPreference } from './notification-preference.entity.js';

export const notificationsModule = defineModule({
  name: 'notifications',
  entities: [Notification, NotificationDelivery, NotificationPreference, NotificationChannelSetting],
  resolvers: [NotificationResolver],
  jobs: [notificationDeliveryJob, notificationRulesJob],
});
