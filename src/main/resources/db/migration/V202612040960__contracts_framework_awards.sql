-- A framework agreement appoints several providers to a lot, so a round of award may name several bids for one lot:
-- the award is unique per procurement, round, lot and bid (a block contract's one bid per lot is ProcurementRules').
-- A withdrawal row (no lot, no bid) stays once per round.
drop index procurement_award_once;

create unique index procurement_award_once on procurement_award (procurement_id, round, coalesce(lot_number, 0),
    coalesce(bid_id, '00000000-0000-0000-0000-000000000000'::uuid));
