//! Strongly connected components of a graph of types (node → the nodes it refers to): the
//! emitter orders models crates by them, and lowering finds the cycles that need a `Box`.

/// Tarjan's strongly connected components, each after every component it refers to, each
/// sorted. Iterative: a deep chain of types must not overflow the stack.
pub(crate) fn components_in_dependency_order(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let (mut index, mut low, mut on_stack) = (vec![UNSEEN; n], vec![0; n], vec![false; n]);
    let (mut next, mut stack, mut out) = (0, Vec::new(), Vec::new());
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        // (node, how many of its edges are done)
        let mut work = vec![(root, 0)];
        while let Some(&mut (v, ref mut done)) = work.last_mut() {
            if *done == 0 && index[v] == UNSEEN {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(*done) {
                *done += 1;
                if index[w] == UNSEEN {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut component = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                component.sort_unstable();
                out.push(component);
            }
        }
    }
    out
}

/// The component of each node (the same number for nodes of one component).
pub(crate) fn component_of_each(edges: &[Vec<usize>]) -> Vec<usize> {
    let mut of = vec![0; edges.len()];
    for (c, members) in components_in_dependency_order(edges)
        .into_iter()
        .enumerate()
    {
        for m in members {
            of[m] = c;
        }
    }
    of
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_components_after_what_they_refer_to() {
        // 0 → 1 → 2 → 0, 3 → 3, 4 → 0.
        let edges = [vec![1], vec![2], vec![0], vec![3], vec![0]];
        let c = component_of_each(&edges);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[0], c[3]);
        assert_ne!(c[3], c[4]);
        let order = components_in_dependency_order(&edges);
        let at = |n: usize| order.iter().position(|c| c.contains(&n)).unwrap();
        assert!(
            at(0) < at(4),
            "4 refers to 0's component, so it comes after: {order:?}"
        );
        assert_eq!(order[at(0)], vec![0, 1, 2]);
    }

    #[test]
    fn a_deep_chain_does_not_overflow() {
        let edges: Vec<Vec<usize>> = (0..200_000)
            .map(|i| if i + 1 < 200_000 { vec![i + 1] } else { vec![] })
            .collect();
        assert_eq!(components_in_dependency_order(&edges).len(), 200_000);
    }
}
