package cn.jianwu.hall.api.message;

import java.time.Instant;
import java.time.LocalDate;

import cn.jianwu.events.MessageKind;

/**
 * The answer to a submission ({@code 201}): the two codes the writer looks the message up
 * with, shown this once only (the service keeps keyed hashes of them), and the clock.
 *
 * @param trackingCode 12 random digits (受理编号)
 * @param checkCode 6 random digits (查询密码)
 * @param kind what it is about
 * @param receivedAt when it was committed
 * @param acknowledgeBy the last day for the procedural answer (程序性答复)
 * @param answerBy the last day for the answer (办理结果)
 */
public record SubmissionReceipt(String trackingCode, String checkCode, MessageKind kind, Instant receivedAt,
		LocalDate acknowledgeBy, LocalDate answerBy) {

}
