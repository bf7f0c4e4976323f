-- Reserved: number 8 is another branch's migration; this placeholder is replaced by it at merge.
SELECT 1;
