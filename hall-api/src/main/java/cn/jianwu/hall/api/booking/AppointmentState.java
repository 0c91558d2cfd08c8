package cn.jianwu.hall.api.booking;

/** Where a booking stands. On the wire: the name. */
public enum AppointmentState {

	/** A lawyer's booking waiting for the case manager; it holds its place meanwhile. */
	PENDING_CONFIRMATION("待确认", true), CONFIRMED("已确认", true),
	/** The slot was full; it moves up when a place is freed. */
	WAITLISTED("候补中", false), REFUSED("未获确认", false), CANCELLED("已取消", false), CHECKED_IN("已签到", true),
	/** The slot ended without a check-in. */
	NO_SHOW("未到", true);

	private final String label;

	private final boolean holdsPlace;

	AppointmentState(String label, boolean holdsPlace) {
		this.label = label;
		this.holdsPlace = holdsPlace;
	}

	/** The name the public and staff read. */
	public String label() {
		return this.label;
	}

	/** Whether a booking in this state counts against its slot's capacity. */
	public boolean holdsPlace() {
		return this.holdsPlace;
	}

	/** Whether the person may still cancel it (or check in, once it is the day). */
	public boolean active() {
		return this == PENDING_CONFIRMATION || this == CONFIRMED || this == WAITLISTED;
	}

}
