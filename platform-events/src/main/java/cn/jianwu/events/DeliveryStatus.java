package cn.jianwu.events;

/** The outcome a channel reports for one delivery attempt. */
public enum DeliveryStatus {

	DELIVERED, FAILED, RETRACTED, SKIPPED

}
