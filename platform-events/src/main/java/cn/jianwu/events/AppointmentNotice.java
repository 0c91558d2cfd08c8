package cn.jianwu.events;

/**
 * What a person who booked an appointment or signed up for an activity is to be told, on
 * the channel they booked on. On the wire: the name.
 */
public enum AppointmentNotice {

	/** The day before: the appointment is tomorrow. */
	REMINDER("预约提醒"),
	/** A lawyer's booking pending the case manager's confirmation was confirmed. */
	CONFIRMED("预约已确认"),
	/** It was refused, with a reason. */
	REFUSED("预约未获确认"),
	/** A place became free and the waitlisted booking now holds it. */
	PROMOTED("候补转为正式预约"),
	/** Staff moved the slot to another time. */
	MOVED("预约时间变更"),
	/** Staff cancelled the slot. */
	CANCELLED_BY_STAFF("预约已被取消");

	private final String label;

	AppointmentNotice(String label) {
		this.label = label;
	}

	/** The title the person reads. */
	public String label() {
		return this.label;
	}

}
