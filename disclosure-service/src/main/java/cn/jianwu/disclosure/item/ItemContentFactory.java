package cn.jianwu.disclosure.item;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.item.DisclosurePeriod;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.NameClearance;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Turns a request into content the rules accept: rich text without scripts or event
 * handlers, channels the visibility allows, trimmed name lists, a sub-kind of the item's
 * category, a period for a periodic item and case stages for a guide only.
 */
final class ItemContentFactory {

	/** Formatting staff need in documents; nothing that runs or loads from elsewhere. */
	private static final Safelist RICH_TEXT = Safelist.relaxed().removeTags("img").preserveRelativeLinks(false);

	private ItemContentFactory() {
	}

	static ItemContent from(ItemRequest request) {
		checkSubKind(request.category(), request.subKind());
		List<Channel> channels = channels(request);
		List<String> persons = names(request.persons());
		if (persons.stream().anyMatch((name) -> name.length() < 2 || name.length() > 50)) {
			throw DisclosureException.invalid("需匿名处理的人员姓名应为2至50个字符（单字不能作为姓名匿名，否则会替换正文中所有该字）。");
		}
		List<String> addresses = names(request.addresses());
		if (addresses.stream().anyMatch((address) -> address.length() < 2 || address.length() > 500)) {
			throw DisclosureException.invalid("需删除的地址应为2至500个字符。");
		}
		String minorClearance = (request.minorClearance() != null && !request.minorClearance().isBlank())
				? request.minorClearance().strip() : null;
		return new ItemContent(request.category(), request.subKind(), request.term(), request.visibility(),
				request.department().trim(), Boolean.TRUE.equals(request.important()), channels,
				(request.exemptions() != null && !request.exemptions().isEmpty()) ? EnumSet.copyOf(request.exemptions())
						: Set.of(),
				persons, addresses, clearances(request.clearedNames()), minorClearance, request.title().trim(),
				(request.summary() != null) ? request.summary().trim() : null, sanitise(request.body()),
				request.publishAt(), blankToNull(request.obligationId()), period(request), caseStages(request),
				blankToNull(request.revisionNote()));
	}

	/** A sub-kind is a section of one category: the item must be of that category. */
	static void checkSubKind(Category category, SubKind subKind) {
		if (subKind != null && subKind.category() != category) {
			throw DisclosureException
				.invalid("子类“" + subKind.label() + "”不属于“" + category.label() + "”类别" + sections(category) + "。")
				.with("field", "subKind");
		}
	}

	private static String sections(Category category) {
		List<SubKind> sections = SubKind.of(category);
		return sections.isEmpty() ? "，该类别没有子类"
				: "，可选：" + sections.stream().map(SubKind::label).collect(Collectors.joining("、"));
	}

	/**
	 * The period a periodic item reports on, as its canonical code; other items have none
	 * (a period left over from an earlier term is dropped, not refused).
	 */
	private static String period(ItemRequest request) {
		if (request.term() != Term.PERIODIC) {
			return null;
		}
		return DisclosurePeriod.parse(request.period())
			.map(DisclosurePeriod::code)
			.orElseThrow(() -> DisclosureException.invalid("定期公开的事项请填写所属期间，例如 2026Q4（季度）、2026H1（半年）或 2026（年度）。")
				.with("field", "period"));
	}

	/**
	 * The case stages a guide's notice of rights and duties applies to, each once; only a
	 * guide names case stages, so that the case query never links anything else.
	 */
	private static List<String> caseStages(ItemRequest request) {
		List<String> stages = names(request.caseStages());
		if (!stages.isEmpty() && request.subKind() != SubKind.GUIDE) {
			throw DisclosureException.invalid("只有“" + SubKind.GUIDE.label() + "”可以选择适用的诉讼阶段。")
				.with("field", "caseStages");
		}
		return stages;
	}

	private static String blankToNull(String value) {
		return (value != null && !value.isBlank()) ? value.strip() : null;
	}

	static String sanitise(String html) {
		return Jsoup.clean(html, RICH_TEXT);
	}

	private static List<Channel> channels(ItemRequest request) {
		if (request.channels() == null || request.channels().isEmpty()) {
			return List.of(Channel.values()).stream().filter(request.visibility()::allows).toList();
		}
		List<Channel> refused = request.channels().stream().filter((c) -> !request.visibility().allows(c)).toList();
		if (!refused.isEmpty()) {
			throw DisclosureException.invalid("仅内部事项只能发布到局域网公告栏，不能选择：" + refused.stream().map(Channel::id).toList());
		}
		return List.copyOf(new LinkedHashSet<>(request.channels()));
	}

	/**
	 * Each cleared name once, with the reason it may stand: the decision is audited, so a
	 * reason is required.
	 */
	private static List<NameClearance> clearances(List<NameClearance> values) {
		Map<String, NameClearance> clearances = new LinkedHashMap<>();
		if (values != null) {
			for (NameClearance value : values) {
				if (value == null || value.name() == null || value.name().isBlank()) {
					continue;
				}
				String name = value.name().strip();
				String reason = (value.reason() != null) ? value.reason().strip() : "";
				if (name.length() < 2 || name.length() > 50) {
					throw DisclosureException.invalid("标记为可公开的姓名应为2至50个字符。");
				}
				if (reason.isEmpty() || reason.length() > 200) {
					throw DisclosureException.invalid("请说明“" + name + "”为何可以公开（非人名、公职人员或本人同意署名等，200字以内）。");
				}
				clearances.putIfAbsent(name, new NameClearance(name, reason));
			}
		}
		return List.copyOf(clearances.values());
	}

	private static List<String> names(List<String> values) {
		List<String> names = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				if (value != null && !value.isBlank() && !names.contains(value.trim())) {
					names.add(value.trim());
				}
			}
		}
		return names;
	}

}
