package cn.jianwu.disclosure.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemRepository;
import cn.jianwu.disclosure.item.ItemService;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.disclosure.workflow.WorkflowService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo content for the local launcher's demo step: about forty items in every category
 * and section (a guide naming its case stage, a periodic report, an item revised with a
 * note and one withdrawn with its public reason), taken through the real approval chain
 * by the demo staff, so that the channels receive them as they would in production. Runs
 * only with {@code jianwu.demo.enabled=true}, and only on an empty item table
 * ({@code jianwu.demo.items=false} leaves the items out).
 */
@Component
@Order(100)
@ConditionalOnBooleanProperty("jianwu.demo.enabled")
class DemoItems implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoItems.class);

	private static final Map<String, StaffMember> STAFF = Map.of("clerk1",
			staff("clerk1", "张书记员", "公诉部", StaffRole.CLERK), "clerk2", staff("clerk2", "李书记员", "办公室", StaffRole.CLERK),
			"head1", staff("head1", "王科长", "公诉部", StaffRole.SECTION_HEAD), "head2",
			staff("head2", "赵主任", "办公室", StaffRole.SECTION_HEAD), "leader1",
			staff("leader1", "刘副检察长", "院领导", StaffRole.DIVISION_LEADER), "chief",
			staff("chief", "陈检察长", "院领导", StaffRole.CHIEF), "clerk3",
			staff("clerk3", "孙书记员", "控告申诉检察部", StaffRole.CLERK), "head3",
			staff("head3", "周主任", "控告申诉检察部", StaffRole.SECTION_HEAD));

	/** Who reviews each department's items first. */
	private static final Map<String, String> HEADS = Map.of("公诉部", "head1", "办公室", "head2", "控告申诉检察部", "head3");

	private final ItemService items;

	private final WorkflowService workflow;

	private final ItemRepository repository;

	private final JsonMapper json;

	private final boolean wanted;

	DemoItems(ItemService items, WorkflowService workflow, ItemRepository repository, JsonMapper json,
			@Value("${jianwu.demo.items:true}") boolean wanted) {
		this.wanted = wanted;
		this.items = items;
		this.workflow = workflow;
		this.repository = repository;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.wanted) {
			return;
		}
		if (this.repository.count(null, null, null) > 0) {
			log.info("Demo items skipped: items exist already");
			return;
		}
		List<DemoItem> demo;
		try (InputStream in = new ClassPathResource("demo/items.json").getInputStream()) {
			demo = this.json.readValue(in, new TypeReference<List<DemoItem>>() {
			});
		}
		for (DemoItem item : demo) {
			create(item);
		}
		log.info("Demo items created: {}", demo.size());
	}

	private void create(DemoItem demo) throws IOException {
		StaffMember author = STAFF.get(demo.author());
		String body = "@seed".equals(demo.body()) ? seedDocument() : demo.body();
		DisclosureItem item = this.items.create(request(demo, demo.summary(), body, null, null), author);
		UUID id = item.id();
		if ("DRAFT".equals(demo.stage())) {
			return;
		}
		DisclosureItem approved = approve(id, demo, author);
		if ("PENDING_REVIEW".equals(demo.stage()) || "PENDING_CHIEF".equals(demo.stage())
				|| approved.status() != ItemStatus.PUBLISHED) {
			return;
		}
		if ("REVISED".equals(demo.stage())) {
			DemoItem.Revision revision = demo.revision();
			this.items.update(id, request(demo, revision.summary(), revision.body(), revision.note(),
					this.repository.get(id).version()), author);
			approve(id, demo, author);
		}
		else if ("WITHDRAWN".equals(demo.stage())) {
			this.workflow.withdraw(id, STAFF.get("leader1"), demo.withdrawReason());
		}
	}

	/**
	 * Submits the item and takes it through the approvals, up to the stage the demo wants
	 * it at.
	 */
	private DisclosureItem approve(UUID id, DemoItem demo, StaffMember author) {
		DisclosureItem submitted = this.workflow.submit(id, author);
		if ("PENDING_REVIEW".equals(demo.stage())) {
			return submitted;
		}
		this.workflow.approve(id, STAFF.get(HEADS.get(demo.department())), "同意");
		DisclosureItem approved = this.workflow.approve(id, STAFF.get("leader1"), "同意发布");
		if (approved.status() == ItemStatus.PENDING_CHIEF && !"PENDING_CHIEF".equals(demo.stage())) {
			return this.workflow.approve(id, STAFF.get("chief"), "同意");
		}
		return approved;
	}

	private static ItemRequest request(DemoItem demo, String summary, String body, String revisionNote, Long version) {
		return new ItemRequest(demo.title(), summary, body, demo.category(), demo.subKind(), demo.department(),
				demo.important(), demo.term(), demo.visibility(), null, demo.exemptions(), demo.persons(),
				demo.addresses(), demo.clearedNames(), demo.minorClearance(), null, version, null, demo.period(),
				demo.caseStages(), revisionNote);
	}

	/** The procuratorate's own implementation opinion, as a rules item. */
	private static String seedDocument() throws IOException {
		String text;
		try (InputStream in = new ClassPathResource("demo/disclosure-opinion.txt").getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		int start = text.indexOf("为进一步提高");
		return Arrays.stream(text.substring(Math.max(start, 0)).split("\\R"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.map((line) -> "<p>" + line.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
			.collect(Collectors.joining());
	}

	private static StaffMember staff(String username, String name, String department, StaffRole role) {
		Set<StaffRole> roles = EnumSet.of(role);
		return new StaffMember(username, name, roles, department);
	}

}
