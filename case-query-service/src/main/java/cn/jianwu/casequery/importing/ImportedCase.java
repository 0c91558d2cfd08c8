package cn.jianwu.casequery.importing;

import java.util.ArrayList;
import java.util.List;

import cn.jianwu.casequery.api.casefile.CaseUpsertRequest;
import cn.jianwu.casequery.api.casefile.MeasureRequest;
import cn.jianwu.casequery.api.casefile.PersonRequest;
import cn.jianwu.casequery.api.casefile.ProceduralEventRequest;

/** What an import brings for one case, with the rows it came from. */
final class ImportedCase {

	final String caseNumber;

	int caseRow;

	CaseUpsertRequest fields;

	final List<Row<PersonRequest>> persons = new ArrayList<>();

	final List<Row<MeasureRequest>> measures = new ArrayList<>();

	final List<Row<ProceduralEventRequest>> events = new ArrayList<>();

	/** Every row that names this case. */
	final List<Integer> rows = new ArrayList<>();

	ImportedCase(String caseNumber) {
		this.caseNumber = caseNumber;
	}

	/**
	 * An item with where it came from.
	 *
	 * @param row the row
	 * @param prefix prefix of its field names in error reports
	 * @param value the item
	 * @param <T> its type
	 */
	record Row<T>(int row, String prefix, T value) {
	}

}
