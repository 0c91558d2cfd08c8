package cn.jianwu.portal.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.stereotype.Component;

/**
 * The Chinese names staff read for the codes the services use (statuses, categories,
 * channels, workflow actions ...), for the console's templates as {@code @consoleLabels}.
 */
@Component("consoleLabels")
public class ConsoleLabels {

	public static final Map<String, String> STATUSES = ordered("DRAFT", "草稿", "PENDING_REVIEW", "待科室负责人审核",
			"PENDING_APPROVAL", "待分管领导审批", "PENDING_CHIEF", "待检察长审批", "APPROVED", "已批准待发布", "PUBLISHED", "已公开",
			"WITHDRAWN", "已撤回");

	public static final Map<String, String> CATEGORIES = ordered("CASE_INFO", "检察案件信息", "GOVERNMENT_AFFAIRS", "检察政务信息",
			"PERSONNEL", "检察队伍信息", "OTHER", "其他公开信息");

	public static final Map<String, String> SUB_KINDS = ordered("IMPORTANT_CASE", "重要案件信息", "LEGAL_DOCUMENT", "生效法律文书",
			"TYPICAL_CASE", "典型案例", "SEIZED_PROPERTY", "涉案财物处理结果", "SUPERVISION_CORRECTION", "监督纠正情况");

	public static final Map<String, String> TERMS = ordered("LONG_TERM", "长期公开", "PERIODIC", "定期公开（默认按季度）", "AD_HOC",
			"随时公开");

	public static final Map<String, String> VISIBILITIES = ordered("PUBLIC", "向社会公开（所有渠道）", "INTERNAL", "仅内部（仅局域网公告栏）");

	public static final Map<String, String> CHANNELS = ordered("portal", "门户网站", "weibo", "新浪微博", "wechat", "微信公众号",
			"bulletin", "局域网公告栏", "screens", "大厅电子显示屏");

	public static final Map<String, String> EXEMPTIONS = ordered("STATE_SECRET", "涉及国家秘密", "WORK_SECRET", "涉及检察工作秘密",
			"COMMERCIAL_SECRET", "涉及商业秘密", "PERSONAL_PRIVACY", "涉及个人隐私", "MINOR_INVOLVED", "涉及未成年人（犯罪嫌疑人或被害人）",
			"PARTY_REQUEST", "当事人依法申请不公开");

	public static final Map<String, String> DELIVERY_STATUSES = ordered("DELIVERED", "已送达", "FAILED", "失败", "RETRACTED",
			"已撤下", "SKIPPED", "未发布（跳过）", "PENDING", "等待回执");

	public static final Map<String, String> ACTIONS = ordered("CREATE", "起草", "EDIT", "修改", "SUBMIT", "提交审核", "APPROVE",
			"同意", "REJECT", "退回修改", "PUBLISH", "发布", "WITHDRAW", "撤回", "REDELIVER", "要求渠道重新发布", "CLEAR_NAME",
			"姓名不作匿名处理", "CLEAR_MINOR", "涉及未成年人提示经核实可公开", "MANUAL_CHECK", "人工确认附件");

	public static final Map<String, String> ROLES = ordered("CLERK", "书记员", "SECTION_HEAD", "科室负责人", "DIVISION_LEADER",
			"分管领导", "CHIEF", "检察长", "CASE_MANAGER", "案件管理", "PRESS_OFFICER", "新闻发言人", "SUPERVISOR", "监督小组", "ADMIN",
			"系统管理员", "SYSTEM", "系统");

	public static final Map<String, String> REDACTION_KINDS = ordered("PERSON_NAME", "自然人姓名", "ID_NUMBER", "身份证号码",
			"PHONE", "联系电话", "BANK_CARD", "银行账号", "EMAIL", "电子邮箱", "LICENCE_PLATE", "车牌号码", "ADDRESS", "住址");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ZoneId zone;

	ConsoleLabels(InstitutionProperties institution) {
		this.zone = institution.zone();
	}

	public String status(String code) {
		return label(STATUSES, code);
	}

	public String category(String code) {
		return label(CATEGORIES, code);
	}

	public String subKind(String code) {
		return label(SUB_KINDS, code);
	}

	public String term(String code) {
		return label(TERMS, code);
	}

	public String visibility(String code) {
		return label(VISIBILITIES, code);
	}

	public String channel(String code) {
		return label(CHANNELS, code);
	}

	public String exemption(String code) {
		return label(EXEMPTIONS, code);
	}

	public String delivery(String code) {
		return label(DELIVERY_STATUSES, code);
	}

	public String action(String code) {
		return label(ACTIONS, code);
	}

	public String role(String code) {
		return label(ROLES, code);
	}

	public String redaction(String code) {
		return label(REDACTION_KINDS, code);
	}

	/** A moment to the minute, in the institution's zone, e.g. 2026-11-28 12:05. */
	public String minute(Instant at) {
		return (at != null) ? MINUTE.format(at.atZone(this.zone)) : "";
	}

	/** A moment to the second, e.g. 2026-11-28 12:05:09. */
	public String second(Instant at) {
		return (at != null) ? SECOND.format(at.atZone(this.zone)) : "";
	}

	public Map<String, String> statuses() {
		return STATUSES;
	}

	public Map<String, String> categories() {
		return CATEGORIES;
	}

	public Map<String, String> subKinds() {
		return SUB_KINDS;
	}

	public Map<String, String> terms() {
		return TERMS;
	}

	public Map<String, String> visibilities() {
		return VISIBILITIES;
	}

	public Map<String, String> channels() {
		return CHANNELS;
	}

	public Map<String, String> exemptions() {
		return EXEMPTIONS;
	}

	private static String label(Map<String, String> labels, String code) {
		if (code == null) {
			return "";
		}
		return labels.getOrDefault(code, code);
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(map);
	}

}
