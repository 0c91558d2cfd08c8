/**
 * hall-service's HTTP contract (the online service hall, 网上检察服务大厅): what the public
 * submits and looks up, what staff see and do, what is published. Spring-free: the
 * portal, channel-wechat and the system tests compile against it. Message kinds and
 * submission channels are events' facts too and live in platform-events
 * ({@link cn.jianwu.events.MessageKind}, {@link cn.jianwu.events.SubmissionChannel}).
 */
package cn.jianwu.hall.api;
