package cn.jianwu.portal.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import cn.jianwu.disclosure.api.item.Exemption;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.NameClearance;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;

/**
 * The compose page's form: every field of an item as staff fill it in, the body as plain
 * paragraphs, the persons to anonymise and the passages to delete one per line, and what
 * the clerk confirmed of the redaction preview.
 */
public class ComposeForm {

	/** Between a cleared name and the reason, in the form's text. */
	static final String CLEARANCE_SEPARATOR = "：";

	private String id;

	private Long version;

	private String title;

	private String summary;

	private String bodyText;

	private Category category;

	private SubKind subKind;

	private boolean important;

	private Term term;

	private Visibility visibility;

	/**
	 * The channels' ids ({@code portal}, {@code weibo} …), as the page's checkboxes send
	 * them.
	 */
	private List<String> channels = new ArrayList<>();

	private List<Exemption> exemptions = new ArrayList<>();

	private String personsText;

	private String addressesText;

	private String clearedNamesText;

	private String minorClearance;

	private String publishAt;

	/** The obligation of report-service's register the item meets (对应公开任务). */
	private String obligationId;

	/** The period a periodic item reports on (所属期间), e.g. {@code 2026Q4}. */
	private String period;

	/** For a guide: the case stages (their labels) whose notice of rights it is. */
	private List<String> caseStages = new ArrayList<>();

	/** What this revision changes and why (修订说明), for the public history. */
	private String revisionNote;

	private boolean redactionConfirmed;

	private String previewDigest;

	/**
	 * The page's own {@code Idempotency-Key}, made when a new item's page is first shown
	 * and sent back with every submission of it: the service makes one draft of it
	 * however often the form is sent.
	 */
	private String idempotencyKey;

	/**
	 * A new item: case information, ad hoc, public, every channel; meeting the obligation
	 * when the page was opened from a task ({@code null} for none).
	 */
	static ComposeForm blank(String obligationId) {
		ComposeForm form = blank();
		form.obligationId = blankToNull(obligationId);
		return form;
	}

	/** A new item: case information, ad hoc, public, every channel. */
	static ComposeForm blank() {
		ComposeForm form = new ComposeForm();
		form.idempotencyKey = UUID.randomUUID().toString();
		form.category = Category.CASE_INFO;
		form.term = Term.AD_HOC;
		form.visibility = Visibility.PUBLIC;
		form.channels = new ArrayList<>(Stream.of(Channel.values()).map(Channel::id).toList());
		return form;
	}

	/** An item's working copy, to edit. */
	static ComposeForm of(StaffItem item, ZoneId zone) {
		ComposeForm form = new ComposeForm();
		form.id = item.id().toString();
		form.version = item.version();
		form.title = item.title();
		form.summary = item.summary();
		form.bodyText = BodyText.fromHtml(item.body());
		form.category = item.category();
		form.subKind = item.subKind();
		form.important = item.important();
		form.term = item.term();
		form.visibility = item.visibility();
		form.channels = new ArrayList<>(item.channels().stream().map(Channel::id).toList());
		form.exemptions = new ArrayList<>(item.exemptions());
		form.personsText = String.join("\n", item.persons());
		form.addressesText = String.join("\n", item.addresses());
		form.clearedNamesText = String.join("\n",
				item.clearedNames()
					.stream()
					.map((cleared) -> cleared.name() + CLEARANCE_SEPARATOR + cleared.reason())
					.toList());
		form.minorClearance = item.minorClearance();
		form.publishAt = (item.publishAt() != null)
				? item.publishAt().atZone(zone).toLocalDateTime().withSecond(0).withNano(0).toString() : null;
		form.obligationId = item.obligationId();
		form.period = item.period();
		form.caseStages = new ArrayList<>(item.caseStages());
		form.revisionNote = item.revisionNote();
		return form;
	}

	/**
	 * Whether an edit of the item makes or changes a revision after a publication, for
	 * which disclosure-service asks a revision note (修订说明): the item is live, was
	 * published once (its timeline says so), or a revision of it came before this one.
	 */
	static boolean revises(StaffItem item) {
		return item.live() || item.revision() > 1
				|| item.history().stream().anyMatch((step) -> step.to() == ItemStatus.PUBLISHED);
	}

	/**
	 * The request disclosure-service takes ({@code POST|PUT /api/disclosures}). The
	 * section is sent as chosen: a section of another category is the service's to
	 * refuse, beside the field.
	 */
	ItemRequest request(String department, ZoneId zone) {
		return new ItemRequest(blankToNull(this.title), blankToNull(this.summary),
				BodyText.paragraphs(this.bodyText).isEmpty() ? null : BodyText.toHtml(this.bodyText), this.category,
				this.subKind, department, this.important, this.term, this.visibility, channels(),
				List.copyOf(this.exemptions), persons(), addresses(), clearedNames(), blankToNull(this.minorClearance),
				publishAtInstant(zone), this.version, blankToNull(this.obligationId), period(), caseStages(),
				blankToNull(this.revisionNote));
	}

	/** The period, for a periodic item only (as the service keeps it). */
	String period() {
		String period = blankToNull(this.period);
		return (this.term == Term.PERIODIC && period != null) ? period.toUpperCase(Locale.ROOT) : null;
	}

	/** The ticked case stages, for a guide only, each once. */
	List<String> caseStages() {
		if (this.subKind != SubKind.GUIDE) {
			return List.of();
		}
		return this.caseStages.stream()
			.map(ComposeForm::blankToNull)
			.filter((stage) -> stage != null)
			.distinct()
			.toList();
	}

	/**
	 * The ticked channels the visibility allows: an internal item goes to the LAN
	 * bulletin only, whatever else is ticked. An id no channel has is not sent.
	 */
	private List<Channel> channels() {
		return Stream.of(Channel.values())
			.filter((channel) -> this.channels.contains(channel.id()))
			.filter((channel) -> this.visibility == null || this.visibility.allows(channel))
			.toList();
	}

	/** The time to publish, or {@code null} for "when approved". */
	Instant publishAtInstant(ZoneId zone) {
		if (this.publishAt == null || this.publishAt.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(this.publishAt.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("定时发布时间格式有误，请按“年-月-日 时:分”选择。", ex);
		}
	}

	List<String> persons() {
		return BodyText.paragraphs(this.personsText);
	}

	List<String> addresses() {
		return BodyText.paragraphs(this.addressesText);
	}

	/**
	 * The names the clerk let stand, one per line as "姓名：理由"; a line without a reason is
	 * sent as it is, and disclosure-service asks for the reason.
	 */
	List<NameClearance> clearedNames() {
		List<NameClearance> cleared = new ArrayList<>();
		for (String line : BodyText.paragraphs(this.clearedNamesText)) {
			int separator = line.indexOf(CLEARANCE_SEPARATOR);
			if (separator < 0) {
				separator = line.indexOf(':');
			}
			cleared.add((separator < 0) ? new NameClearance(line, null)
					: new NameClearance(line.substring(0, separator).strip(), line.substring(separator + 1).strip()));
		}
		return cleared;
	}

	/** Adds a name to the persons to anonymise, taking it off the cleared names. */
	void anonymise(String name) {
		if (name == null || name.isBlank()) {
			return;
		}
		List<String> persons = new ArrayList<>(persons());
		if (!persons.contains(name.strip())) {
			persons.add(name.strip());
		}
		this.personsText = String.join("\n", persons);
		setCleared(clearedNames().stream().filter((cleared) -> !cleared.name().equals(name.strip())).toList());
	}

	/** Lets a name stand, for the reason the clerk gave. */
	void clear(String name, String reason) {
		if (name == null || name.isBlank()) {
			return;
		}
		List<NameClearance> cleared = new ArrayList<>(
				clearedNames().stream().filter((existing) -> !existing.name().equals(name.strip())).toList());
		cleared.add(new NameClearance(name.strip(), (reason != null) ? reason.strip() : ""));
		setCleared(cleared);
	}

	private void setCleared(List<NameClearance> cleared) {
		this.clearedNamesText = String.join("\n", cleared.stream()
			.map((entry) -> entry.name() + CLEARANCE_SEPARATOR + ((entry.reason() != null) ? entry.reason() : ""))
			.toList());
	}

	/**
	 * Removes a name from the persons and a passage from the addresses to delete (the
	 * clerk keeps it in the text).
	 * @return whether anything was removed
	 */
	boolean drop(String original) {
		if (original == null) {
			return false;
		}
		List<String> persons = new ArrayList<>(persons());
		List<String> addresses = new ArrayList<>(addresses());
		boolean removed = persons.remove(original.strip()) | addresses.remove(original.strip());
		this.personsText = String.join("\n", persons);
		this.addressesText = String.join("\n", addresses);
		return removed;
	}

	/**
	 * A fingerprint of everything the redaction depends on: a confirmation holds only for
	 * the text that was previewed.
	 */
	String digest() {
		String joined = String.join("\u0000", nonNull(this.title).strip(), nonNull(this.summary).strip(),
				String.join("\n", BodyText.paragraphs(this.bodyText)), String.join("\n", persons()),
				String.join("\n", addresses()), nonNull(this.clearedNamesText).strip());
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public boolean isNew() {
		return this.id == null || this.id.isBlank();
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBodyText() {
		return this.bodyText;
	}

	public void setBodyText(String bodyText) {
		this.bodyText = bodyText;
	}

	public Category getCategory() {
		return this.category;
	}

	public void setCategory(Category category) {
		this.category = category;
	}

	public SubKind getSubKind() {
		return this.subKind;
	}

	public void setSubKind(SubKind subKind) {
		this.subKind = subKind;
	}

	public boolean isImportant() {
		return this.important;
	}

	public void setImportant(boolean important) {
		this.important = important;
	}

	public Term getTerm() {
		return this.term;
	}

	public void setTerm(Term term) {
		this.term = term;
	}

	public Visibility getVisibility() {
		return this.visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	public List<String> getChannels() {
		return this.channels;
	}

	public void setChannels(List<String> channels) {
		this.channels = (channels != null) ? new ArrayList<>(channels) : new ArrayList<>();
	}

	public List<Exemption> getExemptions() {
		return this.exemptions;
	}

	public void setExemptions(List<Exemption> exemptions) {
		this.exemptions = (exemptions != null) ? new ArrayList<>(exemptions) : new ArrayList<>();
	}

	public String getPersonsText() {
		return this.personsText;
	}

	public void setPersonsText(String personsText) {
		this.personsText = personsText;
	}

	public String getClearedNamesText() {
		return this.clearedNamesText;
	}

	public void setClearedNamesText(String clearedNamesText) {
		this.clearedNamesText = clearedNamesText;
	}

	public String getObligationId() {
		return this.obligationId;
	}

	public void setObligationId(String obligationId) {
		this.obligationId = obligationId;
	}

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public List<String> getCaseStages() {
		return this.caseStages;
	}

	public void setCaseStages(List<String> caseStages) {
		this.caseStages = (caseStages != null) ? new ArrayList<>(caseStages) : new ArrayList<>();
	}

	public String getRevisionNote() {
		return this.revisionNote;
	}

	public void setRevisionNote(String revisionNote) {
		this.revisionNote = revisionNote;
	}

	public String getMinorClearance() {
		return this.minorClearance;
	}

	public void setMinorClearance(String minorClearance) {
		this.minorClearance = minorClearance;
	}

	public String getAddressesText() {
		return this.addressesText;
	}

	public void setAddressesText(String addressesText) {
		this.addressesText = addressesText;
	}

	public String getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(String publishAt) {
		this.publishAt = publishAt;
	}

	public boolean isRedactionConfirmed() {
		return this.redactionConfirmed;
	}

	public void setRedactionConfirmed(boolean redactionConfirmed) {
		this.redactionConfirmed = redactionConfirmed;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	public String getPreviewDigest() {
		return this.previewDigest;
	}

	public void setPreviewDigest(String previewDigest) {
		this.previewDigest = previewDigest;
	}

}
