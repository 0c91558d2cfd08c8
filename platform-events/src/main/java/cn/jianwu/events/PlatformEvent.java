package cn.jianwu.events;

/**
 * A fact that one service tells the others. The key orders one aggregate's events on one
 * partition.
 */
public sealed interface PlatformEvent
		permits DisclosurePublished, DisclosureRevised, DisclosureWithdrawn, RedeliveryRequested,
		ChannelDeliveryReported, CaseProgressed, QueryCodeLocked, HallMessageReceived, HallMessageAcknowledged,
		HallMessageAnswered, HallCallClosed, HallAppointmentBooked, HallAppointmentCancelled, HallAppointmentNoticeDue,
		HallAgendaChanged, HallCalendarPublished, DisclosureStepRecorded, CaseQueried, WechatActivityRecorded {

	/**
	 * The aggregate id (item id, case number, message or call id): the Kafka record key.
	 */
	String key();

}
