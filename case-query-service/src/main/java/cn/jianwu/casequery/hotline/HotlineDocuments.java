package cn.jianwu.casequery.hotline;

import java.util.ArrayList;
import java.util.List;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.api.query.LockoutPolicy;
import cn.jianwu.casequery.query.QueryProperties;

import org.springframework.stereotype.Component;

/**
 * The VoiceXML 2.1 documents of the hotline, DTMF only, prompts in Chinese for the IVR's
 * TTS engine:
 * <ol>
 * <li>{@code welcome}: greeting; 1 query, 0 operator;</li>
 * <li>{@code entry}: the 12-digit query code ended by #, then the last four of the ID
 * number (* for X); both submitted to {@code answer};</li>
 * <li>{@code answer}: the case name, the current stage with its date and its legal
 * deadline read out, then 1 repeat, 2 query again, 0 operator, 9 end; or the one failure
 * message, then 2 try again, 0 operator, 9 end;</li>
 * <li>{@code operator}: the transfer.</li>
 * </ol>
 * Missing or bad input is re-prompted at most {@code max-reprompts} times per document,
 * then the caller is passed to the operator.
 */
@Component
class HotlineDocuments {

	private static final String[] DIGITS = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" };

	private final InstitutionProperties institution;

	private final HotlineProperties properties;

	private final LockoutPolicy lockout;

	HotlineDocuments(InstitutionProperties institution, HotlineProperties properties, QueryProperties query) {
		this.institution = institution;
		this.properties = properties;
		this.lockout = query.lockout();
	}

	byte[] welcome() {
		Vxml vxml = Vxml.document();
		vxml.start("form", "id", "welcome");
		vxml.empty("var", "name", "bad", "expr", "0");
		vxml.start("block", "name", "greeting")
			.element("prompt",
					"您好，这里是" + this.institution.name() + "案件信息查询热线。本热线仅供已到本院案件管理部门核验身份、"
							+ "领取查询码的案件当事人及其法定代理人、近亲属、辩护人和诉讼代理人使用。")
			.end();
		menu(vxml, "choice", "查询案件程序性信息，请按1；转人工服务，请按0。",
				new String[][] { { "1", entryUri(1) }, { "0", operatorUri() } });
		vxml.end();
		return vxml.finish();
	}

	byte[] entry(int round) {
		Vxml vxml = Vxml.document();
		if (round > this.properties.maxQueriesPerCall()) {
			vxml.start("form", "id", "limit");
			vxml.empty("var", "name", "bad", "expr", "0");
			vxml.start("block", "name", "report").element("prompt", "本次通话的查询次数已达上限。").end();
			menu(vxml, "next", "转人工服务，请按0；结束通话，请按9。", new String[][] { { "0", operatorUri() }, { "9", "" } });
			vxml.end();
			return vxml.finish();
		}
		vxml.start("form", "id", "entry");
		vxml.empty("var", "name", "bad", "expr", "0");
		vxml.empty("property", "name", "termchar", "value", "#");
		vxml.empty("property", "name", "interdigittimeout", "value", "5s");
		vxml.start("field", "name", "code");
		vxml.grammar("code");
		vxml.start("rule", "id", "code", "scope", "public")
			.start("item", "repeat", "12")
			.empty("ruleref", "uri", "#digit")
			.end()
			.end();
		digitRule(vxml);
		vxml.end();
		vxml.element("prompt", "请输入12位查询码，以井号键结束。");
		badInput(vxml, "查询码应为12位数字。");
		vxml.end();
		vxml.start("field", "name", "last4");
		vxml.grammar("last4");
		vxml.start("rule", "id", "last4", "scope", "public")
			.start("item", "repeat", "3")
			.empty("ruleref", "uri", "#digit")
			.end()
			.start("one-of")
			.start("item")
			.empty("ruleref", "uri", "#digit")
			.end()
			.element("item", "*")
			.end()
			.end();
		digitRule(vxml);
		vxml.end();
		vxml.element("prompt", "请输入身份证号码的后四位；如最后一位是字母X，请按星号键。");
		badInput(vxml, "请输入4位。");
		vxml.end();
		vxml.start("filled", "mode", "all", "namelist", "code last4")
			.empty("submit", "next", answerUri(round), "method", "post", "namelist", "code last4")
			.end();
		vxml.end();
		return vxml.finish();
	}

	byte[] success(CaseView view, int round) {
		StringBuilder report = new StringBuilder("查询成功。案件名称：").append(view.caseName())
			.append("。当前诉讼阶段：")
			.append(view.stage())
			.append("，自")
			.append(this.institution.date(view.stageDate()))
			.append("开始。");
		if (view.stageDeadline() != null) {
			report.append("本阶段法定办理期限至").append(this.institution.date(view.stageDeadline())).append("。");
		}
		else {
			report.append("本阶段没有法定办理期限。");
		}
		report.append("承办部门：").append(view.department()).append("。");
		return result(report.toString(), round, true);
	}

	byte[] failure(int round) {
		return result(this.lockout.spoken(), round, false);
	}

	/**
	 * The failure of a code locked until the desk re-issues it: trying again cannot help.
	 */
	byte[] lockedUntilReissue(int round) {
		return result(LockoutPolicy.TITLE + "。" + this.lockout.detailUntilReissue(), round, false);
	}

	byte[] throttled() {
		Vxml vxml = Vxml.document();
		vxml.start("form", "id", "throttled");
		vxml.empty("var", "name", "bad", "expr", "0");
		vxml.start("block", "name", "report").element("prompt", "查询过于频繁，请稍后再拨。").end();
		menu(vxml, "next", "转人工服务，请按0；结束通话，请按9。", new String[][] { { "0", operatorUri() }, { "9", "" } });
		vxml.end();
		return vxml.finish();
	}

	byte[] operatorTransfer() {
		Vxml vxml = Vxml.document();
		vxml.start("form", "id", "operator");
		vxml.start("transfer", "name", "call", "dest", this.properties.operator(), "type", "bridge", "connecttimeout",
				"30s");
		vxml.element("prompt", "正在为您转接人工服务，请稍候。");
		vxml.start("catch", "event", "error.connection error.unsupported.transfer")
			.element("prompt", "人工服务暂时无法接通，请在工作时间再拨，或到本院案件管理部门窗口咨询。再见。")
			.empty("exit")
			.end();
		vxml.start("filled")
			.start("if", "cond", "call == 'busy' || call == 'noanswer' || call == 'network_busy'")
			.element("prompt", "人工服务暂时无法接通，请在工作时间再拨，或到本院案件管理部门窗口咨询。再见。")
			.end()
			.empty("exit")
			.end();
		vxml.end();
		vxml.end();
		return vxml.finish();
	}

	private byte[] result(String report, int round, boolean repeatable) {
		boolean again = round < this.properties.maxQueriesPerCall();
		Vxml vxml = Vxml.document();
		vxml.start("form", "id", "result");
		vxml.empty("var", "name", "bad", "expr", "0");
		vxml.start("block", "name", "report").element("prompt", report).end();
		StringBuilder prompt = new StringBuilder();
		List<String[]> choices = new ArrayList<>();
		if (repeatable) {
			prompt.append("重听请按1；");
			choices.add(new String[] { "1", "" });
		}
		if (again) {
			prompt.append(repeatable ? "查询其他案件请按2；" : "重新输入请按2；");
			choices.add(new String[] { "2", entryUri(round + 1) });
		}
		prompt.append("转人工服务请按0；结束通话请按9。");
		choices.add(new String[] { "0", operatorUri() });
		choices.add(new String[] { "9", "" });
		menu(vxml, "next", prompt.toString(), choices.toArray(new String[0][]));
		vxml.end();
		return vxml.finish();
	}

	/**
	 * A DTMF menu field. A choice's target is a URI to go to; an empty target on 1
	 * repeats the report (the form is visited again), on 9 ends the call.
	 */
	private void menu(Vxml vxml, String field, String prompt, String[][] choices) {
		vxml.start("field", "name", field);
		vxml.grammar(field);
		vxml.start("rule", "id", field, "scope", "public").start("one-of");
		for (String[] choice : choices) {
			vxml.element("item", choice[0]);
		}
		vxml.end().end();
		vxml.end();
		vxml.element("prompt", prompt);
		badInput(vxml, "对不起，您的选择无效。");
		vxml.start("filled");
		for (int i = 0; i < choices.length; i++) {
			String cond = field + " == '" + choices[i][0] + "'";
			if (i == 0) {
				vxml.start("if", "cond", cond);
			}
			else if (i < choices.length - 1) {
				vxml.empty("elseif", "cond", cond);
			}
			else {
				vxml.empty("else");
			}
			action(vxml, choices[i]);
		}
		vxml.end();
		vxml.end();
		vxml.end();
	}

	private static void action(Vxml vxml, String[] choice) {
		if (!choice[1].isEmpty()) {
			vxml.empty("goto", "next", choice[1]);
		}
		else if ("1".equals(choice[0])) {
			vxml.empty("clear", "namelist", "report next");
		}
		else {
			vxml.element("prompt", "感谢您的来电，再见。").empty("exit");
		}
	}

	/**
	 * No input or input the grammar does not match: the field is asked again, at most
	 * {@code max-reprompts} times in the document; then the caller goes to the operator.
	 */
	private void badInput(Vxml vxml, String hint) {
		vxml.start("catch", "event", "noinput nomatch")
			.empty("assign", "name", "bad", "expr", "bad + 1")
			.start("if", "cond", "bad > " + this.properties.maxReprompts())
			.element("prompt", "输入有误次数过多，为您转接人工服务。")
			.empty("goto", "next", operatorUri())
			.empty("else")
			.element("prompt", hint)
			.empty("reprompt")
			.end()
			.end();
	}

	private static void digitRule(Vxml vxml) {
		vxml.start("rule", "id", "digit").start("one-of");
		for (String digit : DIGITS) {
			vxml.element("item", digit);
		}
		vxml.end().end();
	}

	private String entryUri(int round) {
		return this.properties.base() + "/entry?round=" + round;
	}

	private String answerUri(int round) {
		return this.properties.base() + "/answer?round=" + round;
	}

	private String operatorUri() {
		return this.properties.base() + "/operator";
	}

}
