package org.yusuan.io.text.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.matters.GovernmentProcurement;
import org.yusuan.model.matters.ImmutableOtherMatters;
import org.yusuan.model.matters.ImmutableStateAssets;
import org.yusuan.model.matters.LargeEquipmentCounts;
import org.yusuan.model.matters.OtherMatters;
import org.yusuan.model.matters.PerformanceSummary;
import org.yusuan.model.matters.PlannedAssetPurchases;
import org.yusuan.model.matters.RunningCostKind;
import org.yusuan.model.matters.RunningCosts;
import org.yusuan.model.matters.StateAssets;
import org.yusuan.model.matters.VehicleHolding;
import org.yusuan.model.matters.VehicleKind;

/**
 * Reads 十二、其他重要事项的情况说明 from its sentences: (一) 运行经费 (amount, change, reason), (二) 政府采购 (total,
 * goods, works, services, reserved for SMEs and small/micro enterprises), (三) 国有资产 (as-of date, buildings,
 * vehicles by kind, furniture, other assets, large equipment, planned purchases), (四) 预算绩效 (target counts and
 * amounts) and (五) other notes. Amounts are in 万元 unless the sentence says 元.
 */
public final class OtherMattersReader {

    private static final String NUM = "(-?[\\d,]+(?:\\.\\d+)?)";
    private static final Pattern SUBSECTION = Pattern.compile("^[（(]\\s*([一二三四五六七八九十])\\s*[)）]");
    private static final Pattern RUNNING = Pattern.compile("(机关运行经费|行政运行经费|事业单位运行经费|运行经费)[^\\d]{0,12}?"
            + NUM + "\\s*(万元|元)(?:[，,]\\s*比上年预算(增加|减少)\\s*" + NUM + "\\s*(?:万元|元)[，,]\\s*(增长|下降)\\s*" + NUM
            + "\\s*%)?");
    private static final Pattern REASON = Pattern.compile("主要原因(?:是|为)[：:]?\\s*(.+)$");

    private OtherMattersReader() {
    }

    /**
     * Reads section 十二.
     *
     * @param lines all lines
     * @param from the index of the section heading
     * @param to the index to stop before (第四部分 or the end)
     * @return the other matters
     */
    public static OtherMatters read(List<TextLine> lines, int from, int to) {
        ImmutableOtherMatters.Builder matters = OtherMatters.builder();
        List<List<TextLine>> subsections = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        List<TextLine> current = null;
        for (int i = from + 1; i < to; i++) {
            TextLine line = lines.get(i);
            Matcher head = SUBSECTION.matcher(line.folded());
            if (head.find() && line.folded().length() <= 20) {
                current = new ArrayList<>();
                subsections.add(current);
                heads.add(line.folded());
            } else if (current != null) {
                current.add(line);
            }
        }
        for (int s = 0; s < subsections.size(); s++) {
            String head = heads.get(s);
            String text = joined(subsections.get(s));
            if (head.contains("运行经费")) {
                runningCosts(text).ifPresent(matters::runningCosts);
            } else if (head.contains("政府采购")) {
                procurement(text).ifPresent(matters::procurement);
            } else if (head.contains("国有资产")) {
                matters.stateAssets(stateAssets(text));
            } else if (head.contains("绩效")) {
                performance(text).ifPresent(matters::performanceSummary);
            } else if (head.contains("其他")) {
                List<String> paragraphs = new ArrayList<>();
                Paragraphs.of(subsections.get(s)).forEach(p -> paragraphs.add(p.text()));
                if (!paragraphs.isEmpty()) {
                    matters.otherNotes(String.join("\n", paragraphs));
                }
            }
        }
        return matters.build();
    }

    /**
     * The sentences of a subsection up to its first table, joined.
     *
     * @param lines the subsection's lines
     * @return the text
     */
    private static String joined(List<TextLine> lines) {
        StringBuilder text = new StringBuilder();
        for (TextLine line : lines) {
            if (line.tabbed() || PerformanceSheetReader.isSheetTitle(line)) {
                break;
            }
            text.append(line.text());
        }
        return text.toString();
    }

    private static Optional<RunningCosts> runningCosts(String text) {
        Matcher m = RUNNING.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        RunningCostKind kind = switch (m.group(1)) {
            case "行政运行经费" -> RunningCostKind.ADMINISTRATIVE;
            case "事业单位运行经费" -> RunningCostKind.PUBLIC_INSTITUTION;
            default -> RunningCostKind.ORGAN;
        };
        org.yusuan.model.matters.ImmutableRunningCosts.Builder b = RunningCosts.builder().kind(kind)
                .amount(number(m.group(2))).unit(MoneyUnit.parse(m.group(3)));
        if (m.group(4) != null) {
            b.changeAmount(signed(m.group(4), m.group(5), "减少"));
            b.changePercent(signed(m.group(6), m.group(7), "下降"));
        }
        Matcher reason = REASON.matcher(text.substring(m.end()));
        if (reason.find()) {
            b.reason(reason.group(1).strip());
        }
        return Optional.of(b.build());
    }

    private static Optional<GovernmentProcurement> procurement(String text) {
        Optional<BigDecimal> total = amount(text, "政府采购预算");
        if (total.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(GovernmentProcurement.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN).total(total.get())
                .goods(amount(text, "政府采购货物预算")).works(amount(text, "政府采购工程预算"))
                .services(amount(text, "政府采购服务预算"))
                .reservedForSmallAndMedium(amount(text, "面向中小企业预留政府采购项目预算金额"))
                .reservedForSmallAndMicro(amount(text, "小微企业预留政府采购项目预算金额")).build());
    }

    private static StateAssets stateAssets(String text) {
        ImmutableStateAssets.Builder b = StateAssets.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN);
        Matcher asOf = Pattern.compile("截至\\s*(\\d{4})\\s*年底").matcher(text);
        if (asOf.find()) {
            b.asOfText(asOf.group()).asOfDate(LocalDate.of(Integer.parseInt(asOf.group(1)), 12, 31));
        }
        Matcher building = Pattern.compile("房屋\\s*" + NUM + "\\s*平方米[，,]\\s*价值\\s*" + NUM).matcher(text);
        if (building.find()) {
            b.buildingArea(number(building.group(1))).buildingValue(number(building.group(2)));
        }
        Matcher vehicles = Pattern.compile("车辆\\s*(\\d+)\\s*辆[，,]\\s*价值\\s*" + NUM).matcher(text);
        if (vehicles.find()) {
            b.vehicleCount(Integer.parseInt(vehicles.group(1))).vehicleValue(number(vehicles.group(2)));
            for (VehicleKind kind : VehicleKind.values()) {
                Matcher held = Pattern.compile(Pattern.quote(kind.label()) + "\\s*(\\d+)\\s*辆[，,]\\s*价值\\s*" + NUM)
                        .matcher(text.substring(vehicles.end()));
                if (held.find()) {
                    b.addVehicles(VehicleHolding.of(kind, Integer.parseInt(held.group(1)), number(held.group(2))));
                }
            }
        }
        amount(text, "办公家具价值").ifPresent(b::furnitureValue);
        amount(text, "其他资产价值").ifPresent(b::otherAssetsValue);
        Pattern equipment = Pattern.compile("50\\s*万元以上大型设备\\s*(\\d+)\\s*([^，,。；\\d\\s]{1,4})[，,][^，,。]*?"
                + "100\\s*万元以上大型设备\\s*(\\d+)");
        int planned = text.indexOf("未安排购置车辆经费");
        int plannedAny = planned >= 0 ? planned : text.indexOf("安排购置");
        Matcher held = equipment.matcher(plannedAny >= 0 ? text.substring(0, plannedAny) : text);
        if (held.find()) {
            b.largeEquipment(LargeEquipmentCounts.builder().atLeast500Thousand(Integer.parseInt(held.group(1)))
                    .atLeast1Million(Integer.parseInt(held.group(3))).measureWord(held.group(2)).build());
        }
        if (plannedAny >= 0) {
            String rest = text.substring(plannedAny);
            org.yusuan.model.matters.ImmutablePlannedAssetPurchases.Builder p = PlannedAssetPurchases.builder()
                    .vehicleFundsArranged(planned < 0);
            Matcher next = equipment.matcher(rest);
            if (next.find()) {
                p.largeEquipment(LargeEquipmentCounts.builder().atLeast500Thousand(Integer.parseInt(next.group(1)))
                        .atLeast1Million(Integer.parseInt(next.group(3))).measureWord(next.group(2)).build());
            }
            b.plannedPurchases(p.build());
        }
        return b.build();
    }

    private static Optional<PerformanceSummary> performance(String text) {
        Matcher m = Pattern.compile("整体预算绩效目标\\s*(\\d+)\\s*个[，,]\\s*涉及金额\\s*" + NUM + "\\s*万元[；;，,]\\s*"
                + "当年财政拨款项目\\s*(\\d+)\\s*个\\s*(?:[（(][^）)]*[）)])?[，,]\\s*涉及预算金额\\s*" + NUM
                + "\\s*万元\\s*(?:[（(][^）)]*[）)])?[；;，,]\\s*当年非财政拨款项目\\s*(\\d+)"
                + "\\s*个[，,]\\s*涉及预算金额\\s*" + NUM).matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(PerformanceSummary.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .overallTargetCount(Integer.parseInt(m.group(1))).overallTargetAmount(number(m.group(2)))
                .fiscalProjectCount(Integer.parseInt(m.group(3))).fiscalProjectAmount(number(m.group(4)))
                .nonFiscalProjectCount(Integer.parseInt(m.group(5))).nonFiscalProjectAmount(number(m.group(6)))
                .build());
    }

    private static Optional<BigDecimal> amount(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "\\s*" + NUM).matcher(text);
        return m.find() ? Optional.of(number(m.group(1))) : Optional.empty();
    }

    private static BigDecimal number(String printed) {
        String n = printed.replace(",", "");
        return new BigDecimal(n.endsWith(".") ? n.substring(0, n.length() - 1) : n);
    }

    private static BigDecimal signed(String direction, String printed, String negative) {
        BigDecimal n = number(printed);
        return direction.equals(negative) ? n.negate() : n;
    }
}
