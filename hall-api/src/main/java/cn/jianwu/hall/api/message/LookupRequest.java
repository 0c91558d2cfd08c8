package cn.jianwu.hall.api.message;

/**
 * A writer's lookup ({@code POST /api/hall/messages/lookup}). Not annotated: every wrong,
 * malformed or locked pair gets the one {@link LookupFailure}, so that the answer tells
 * nothing about which codes exist.
 *
 * @param trackingCode the 12 digits of the receipt
 * @param checkCode the 6 digits of the receipt
 */
public record LookupRequest(String trackingCode, String checkCode) {

}
