/**
 * Live notifications: which events notify whom ({@link id.deskpilkada.platform.domain.notification.NotificationKind},
 * {@link id.deskpilkada.platform.domain.notification.Audience}) and what they say, as a bundle key and arguments
 * worded in the reader's language when shown ({@link id.deskpilkada.platform.domain.notification.TextArgument}).
 */
package id.deskpilkada.platform.domain.notification;
