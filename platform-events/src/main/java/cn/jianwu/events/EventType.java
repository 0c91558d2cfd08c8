package cn.jianwu.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The CloudEvents {@code type} of every event, its topic and its payload. The wire names
 * are the contract; the Java classes are not on the wire.
 */
public enum EventType {

	DISCLOSURE_PUBLISHED("cn.jianwu.disclosure.published.v1", Topics.DISCLOSURE_EVENTS, DisclosurePublished.class),
	DISCLOSURE_REVISED("cn.jianwu.disclosure.revised.v1", Topics.DISCLOSURE_EVENTS, DisclosureRevised.class),
	DISCLOSURE_WITHDRAWN("cn.jianwu.disclosure.withdrawn.v1", Topics.DISCLOSURE_EVENTS, DisclosureWithdrawn.class),
	REDELIVERY_REQUESTED("cn.jianwu.disclosure.redeliver.v1", Topics.DISCLOSURE_EVENTS, RedeliveryRequested.class),
	CHANNEL_DELIVERY_REPORTED("cn.jianwu.channel.delivery.v1", Topics.CHANNEL_DELIVERIES,
			ChannelDeliveryReported.class),
	CASE_PROGRESSED("cn.jianwu.case.progress.v1", Topics.CASE_PROGRESS, CaseProgressed.class),
	QUERY_CODE_LOCKED("cn.jianwu.case.code-locked.v1", Topics.CASE_PROGRESS, QueryCodeLocked.class),
	HALL_MESSAGE_RECEIVED("cn.jianwu.hall.message.received.v1", Topics.HALL_EVENTS, HallMessageReceived.class),
	HALL_MESSAGE_ACKNOWLEDGED("cn.jianwu.hall.message.acknowledged.v1", Topics.HALL_EVENTS,
			HallMessageAcknowledged.class),
	HALL_MESSAGE_ANSWERED("cn.jianwu.hall.message.answered.v1", Topics.HALL_EVENTS, HallMessageAnswered.class),
	HALL_CALL_CLOSED("cn.jianwu.hall.call.closed.v1", Topics.HALL_EVENTS, HallCallClosed.class),
	HALL_APPOINTMENT_BOOKED("cn.jianwu.hall.appointment.booked.v1", Topics.HALL_EVENTS, HallAppointmentBooked.class),
	HALL_APPOINTMENT_CANCELLED("cn.jianwu.hall.appointment.cancelled.v1", Topics.HALL_EVENTS,
			HallAppointmentCancelled.class),
	HALL_APPOINTMENT_NOTICE_DUE("cn.jianwu.hall.appointment.notice.v1", Topics.HALL_EVENTS,
			HallAppointmentNoticeDue.class),
	HALL_AGENDA_CHANGED("cn.jianwu.hall.agenda.changed.v1", Topics.HALL_EVENTS, HallAgendaChanged.class),
	HALL_CALENDAR_PUBLISHED("cn.jianwu.hall.calendar.v1", Topics.HALL_EVENTS, HallCalendarPublished.class),
	DISCLOSURE_STEP_RECORDED("cn.jianwu.disclosure.step.v1", Topics.DISCLOSURE_WORKFLOW, DisclosureStepRecorded.class),
	CASE_QUERIED("cn.jianwu.case.queried.v1", Topics.CASE_QUERIES, CaseQueried.class),
	WECHAT_ACTIVITY_RECORDED("cn.jianwu.wechat.activity.v1", Topics.WECHAT_ACTIVITY, WechatActivityRecorded.class);

	private final String ceType;

	private final String topic;

	private final Class<? extends PlatformEvent> payloadType;

	EventType(String ceType, String topic, Class<? extends PlatformEvent> payloadType) {
		this.ceType = ceType;
		this.topic = topic;
		this.payloadType = payloadType;
	}

	public String ceType() {
		return this.ceType;
	}

	public String topic() {
		return this.topic;
	}

	public Class<? extends PlatformEvent> payloadType() {
		return this.payloadType;
	}

	public static Optional<EventType> ofCeType(String ceType) {
		return Arrays.stream(values()).filter((type) -> type.ceType.equals(ceType)).findFirst();
	}

	public static EventType of(PlatformEvent event) {
		return Arrays.stream(values())
			.filter((type) -> type.payloadType == event.getClass())
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No event type for " + event.getClass()));
	}

}
