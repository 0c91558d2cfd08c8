package cn.jianwu.casequery.api.lawyer;

/**
 * Does the lawyer with this licence number act in this case?
 *
 * @param caseNumber the case number as the lawyer typed it
 * @param licenceNumber the practising licence number (律师执业证号)
 */
public record LawyerCheckRequest(String caseNumber, String licenceNumber) {

}
