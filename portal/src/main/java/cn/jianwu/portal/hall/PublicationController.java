package cn.jianwu.portal.hall;

import java.time.LocalDate;
import java.time.Year;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.publication.MessageStatistics;
import cn.jianwu.hall.api.publication.PublicMessagePage;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.site.PageNotFoundException;
import cn.jianwu.portal.site.Paging;
import cn.jianwu.portal.site.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hall's hub page, the published answers (留言公开) and the yearly figures (办理统计), which
 * the inspection rules of government websites want public.
 */
@Controller
class PublicationController {

	static final int PAGE_SIZE = 15;

	private static final int MAX_PAGE = 10_000;

	/** The first year the hall took messages; figures before it are not asked for. */
	private static final int FIRST_YEAR = 2025;

	private final HallClient client;

	private final InstitutionProperties institution;

	PublicationController(HallClient client, InstitutionProperties institution) {
		this.client = client;
		this.institution = institution;
	}

	@GetMapping("/hall")
	@PublicPage(maxAgeSeconds = 300)
	String hub() {
		return "hall/index";
	}

	@GetMapping("/hall/messages")
	@PublicPage(maxAgeSeconds = 60)
	String published(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "1") String page,
			Model model) {
		MessageKind filter = Stream.of(MessageKind.values())
			.filter((known) -> known.name().equals(kind))
			.findFirst()
			.orElse(null);
		int current = pageNumber(page);
		PublicMessagePage found = this.client.published(filter, current - 1, PAGE_SIZE);
		String base = (filter != null) ? "/hall/messages?kind=" + filter.name() : "/hall/messages";
		Paging paging = Paging.of(current, PAGE_SIZE, found.total(), MAX_PAGE,
				(number) -> (number == 1) ? base : base + ((filter != null) ? "&" : "?") + "page=" + number);
		if (current > paging.pages()) {
			throw new PageNotFoundException("page " + current + " of published messages");
		}
		model.addAttribute("kinds", MessageKind.values());
		model.addAttribute("kind", filter);
		model.addAttribute("messages", found);
		model.addAttribute("paging", paging);
		return "hall/messages";
	}

	@GetMapping("/hall/statistics")
	@PublicPage(maxAgeSeconds = 300)
	String statistics(@RequestParam(required = false) String year, Model model) {
		int thisYear = LocalDate.now(this.institution.zone()).getYear();
		int shown = (year == null || year.isBlank()) ? thisYear : year(year, thisYear);
		MessageStatistics statistics = this.client.statistics(shown);
		model.addAttribute("statistics", statistics);
		model.addAttribute("kinds", MessageKind.values());
		model.addAttribute("years",
				IntStream.rangeClosed(FIRST_YEAR, Math.max(FIRST_YEAR, thisYear))
					.map((offset) -> thisYear + FIRST_YEAR - offset)
					.boxed()
					.toList());
		model.addAttribute("months", IntStream.rangeClosed(1, 12).boxed().toList());
		return "hall/statistics";
	}

	private static int year(String value, int thisYear) {
		try {
			int year = Year.parse(value.strip()).getValue();
			if (year >= FIRST_YEAR && year <= thisYear) {
				return year;
			}
		}
		catch (RuntimeException ex) {
			// an address nobody linked to
		}
		throw new PageNotFoundException("statistics of " + value);
	}

	private static int pageNumber(String page) {
		try {
			int number = Integer.parseInt(page.strip());
			if (number >= 1 && number <= MAX_PAGE) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// an address nobody linked to
		}
		throw new PageNotFoundException("page " + page);
	}

}
