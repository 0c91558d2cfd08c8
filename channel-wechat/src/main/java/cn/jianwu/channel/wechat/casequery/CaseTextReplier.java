package cn.jianwu.channel.wechat.casequery;

import java.util.UUID;

import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.api.query.ResolvedCredential;
import cn.jianwu.channel.wechat.WechatProperties;
import cn.jianwu.channel.wechat.activity.WechatActivities;
import cn.jianwu.channel.wechat.callback.IncomingText;
import cn.jianwu.channel.wechat.callback.TextMessageReplier;
import cn.jianwu.channel.wechat.casequery.CaseBindings.BindResult;
import cn.jianwu.channel.wechat.casequery.CaseQueryClient.Answer;
import cn.jianwu.events.WechatActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Answers followers' texts: {@code 查询 <code> <last4>} with the case's procedural
 * information, {@code 绑定 <code> <last4>} by binding them to progress notices, {@code 解绑}
 * by removing their bindings, anything else with help. Queries and bindings go through
 * case-query-service, so every failure reads the same as on every other channel and
 * counts towards the same lock-out.
 */
@Component
class CaseTextReplier implements TextMessageReplier {

	private static final Logger log = LoggerFactory.getLogger(CaseTextReplier.class);

	private final CaseQueryClient caseQuery;

	private final CaseBindings bindings;

	private final CaseQueryProperties properties;

	private final WechatActivities activities;

	private final String help;

	CaseTextReplier(CaseQueryClient caseQuery, CaseBindings bindings, CaseQueryProperties properties,
			WechatProperties wechat, WechatActivities activities) {
		this.caseQuery = caseQuery;
		this.bindings = bindings;
		this.properties = properties;
		this.activities = activities;
		this.help = CaseReplies.help(wechat.portalUrl(), wechat.caseQueryUrl());
	}

	@Override
	public String reply(IncomingText message) {
		CaseCommand command = CaseCommand.parse(message.content());
		switch (command.kind()) {
			case QUERY:
				return query(message.openId(), command);
			case BIND:
				return bind(message.openId(), command);
			case UNBIND:
				return unbind(message.openId());
			case MALFORMED_QUERY:
				return CaseReplies.QUERY_FORMAT;
			case MALFORMED_BIND:
				return CaseReplies.BIND_FORMAT;
			case FULL_ID_NUMBER:
				return CaseReplies.FULL_ID_NUMBER;
			default:
				return this.help;
		}
	}

	private String query(String openId, CaseCommand command) {
		Answer<CaseView> answer = this.caseQuery.query(openId, command.queryCode(), command.idLast4());
		if (answer.kind() == Answer.Kind.FOUND) {
			return CaseReplies.caseInfo(answer.body());
		}
		return failure(answer);
	}

	private String bind(String openId, CaseCommand command) {
		if (!this.properties.notificationsConfigured()) {
			return CaseReplies.NOTIFICATIONS_OFF;
		}
		Answer<ResolvedCredential> answer = this.caseQuery.resolve(openId, command.queryCode(), command.idLast4());
		if (answer.kind() != Answer.Kind.FOUND) {
			return failure(answer);
		}
		UUID credentialRef = answer.body().credentialRef();
		String caseNumber = answer.body().caseNumber();
		BindResult result = this.bindings.bind(openId, credentialRef, caseNumber, this.properties.maxBindingsPerUser());
		log.info("WeChat binding to a credential of a case: {}", result);
		switch (result) {
			case BOUND:
				this.activities.record(WechatActivity.CASE_BOUND);
				return CaseReplies.bound(caseNumber);
			case ALREADY_BOUND:
				return CaseReplies.alreadyBound(caseNumber);
			default:
				return CaseReplies.tooManyBindings(this.properties.maxBindingsPerUser());
		}
	}

	private String unbind(String openId) {
		int count = this.bindings.unbindAll(openId);
		log.info("WeChat user removed {} binding(s)", count);
		this.activities.record(WechatActivity.CASE_UNBOUND, count);
		return (count > 0) ? CaseReplies.unbound(count) : CaseReplies.NO_BINDINGS;
	}

	private static String failure(Answer<?> answer) {
		switch (answer.kind()) {
			case THROTTLED:
				return CaseReplies.THROTTLED;
			case REJECTED:
				return CaseReplies.QUERY_FORMAT;
			case UNAVAILABLE:
				return CaseReplies.UNAVAILABLE;
			default:
				return CaseReplies.failed(answer.failure());
		}
	}

}
